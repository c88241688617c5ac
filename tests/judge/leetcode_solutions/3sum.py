class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Counter of values; choose a <= b <= c by value and look c up.
        count = Counter(nums)
        vals = sorted(count)
        res = []
        for i, a in enumerate(vals):
            if a > 0:
                break
            if a == 0:
                if count[0] >= 3:
                    res.append([0, 0, 0])
                break
            for b in vals[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in count:
                    continue
                need = Counter((a, b, c))
                if all(count[v] >= m for v, m in need.items()):
                    res.append([a, b, c])
        return res
