class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Repeatedly pass any course whose prerequisites are all passed; stop when stuck.
        passed = set()
        progress = True
        while progress:
            progress = False
            for c in range(numCourses):
                if c not in passed and all(p in passed for a, p in prerequisites if a == c):
                    passed.add(c)
                    progress = True
        return len(passed) == numCourses
