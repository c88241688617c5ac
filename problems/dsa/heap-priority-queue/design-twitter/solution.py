class Twitter:

    def __init__(self):
        self.time = 0
        self.posts = defaultdict(list)     # userId -> [(time, tweetId)], oldest first
        self.following = defaultdict(set)  # followerId -> followeeIds

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.posts[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        # k-way merge of the per-user lists, newest first, stopping after 10 items.
        heap = []
        for uid in self.following[userId] | {userId}:
            p = self.posts.get(uid)
            if p:
                t, tid = p[-1]
                heap.append((-t, tid, uid, len(p) - 1))
        heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            _, tid, uid, i = heappop(heap)
            feed.append(tid)
            if i:
                t, nxt = self.posts[uid][i - 1]
                heappush(heap, (-t, nxt, uid, i - 1))
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
