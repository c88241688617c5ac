class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        pad = "abc def ghi jkl mno pqrs tuv wxyz".split()
        q = deque([""]) if digits else deque()
        for d in digits:
            for _ in range(len(q)):  # BFS level by level
                s = q.popleft()
                for ch in pad[int(d) - 2]:
                    q.append(s + ch)
        return list(q)
