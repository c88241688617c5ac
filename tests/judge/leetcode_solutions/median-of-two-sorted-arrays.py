class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # k-th smallest by discarding k // 2 elements per step (recursive).
        def kth(a, i, b, j, k):  # k-th smallest (1-based) of a[i:] and b[j:]
            if i >= len(a):
                return b[j + k - 1]
            if j >= len(b):
                return a[i + k - 1]
            if k == 1:
                return min(a[i], b[j])
            step = k // 2
            va = a[i + step - 1] if i + step - 1 < len(a) else inf
            vb = b[j + step - 1] if j + step - 1 < len(b) else inf
            if va < vb:
                return kth(a, i + step, b, j, k - step)
            return kth(a, i, b, j + step, k - step)

        total = len(nums1) + len(nums2)
        if total % 2:
            return float(kth(nums1, 0, nums2, 0, total // 2 + 1))
        return (kth(nums1, 0, nums2, 0, total // 2) + kth(nums1, 0, nums2, 0, total // 2 + 1)) / 2
