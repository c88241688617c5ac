# expect: WA
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Averages the two arrays' own medians: only right when they have a special shape.
        def median(a):
            k = len(a)
            return a[k // 2] if k % 2 else (a[k // 2 - 1] + a[k // 2]) / 2

        if not nums1:
            return float(median(nums2))
        if not nums2:
            return float(median(nums1))
        return (median(nums1) + median(nums2)) / 2
