class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        x, y, z = target
        hit_x = hit_y = hit_z = False
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:  # safe to merge: nothing exceeds target
                hit_x = hit_x or a == x
                hit_y = hit_y or b == y
                hit_z = hit_z or c == z
        return hit_x and hit_y and hit_z
