class Solution:
    def isValid(self, s: str) -> bool:
        # Push the closer we expect next; a closer must equal the top.
        closer = {"(": ")", "[": "]", "{": "}"}
        expect = []
        for ch in s:
            if ch in closer:
                expect.append(closer[ch])
            elif not expect or expect.pop() != ch:
                return False
        return len(expect) == 0
