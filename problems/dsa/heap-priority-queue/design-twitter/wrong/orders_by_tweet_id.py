# expect: WA
class Twitter:

    def __init__(self):
        self.posts = defaultdict(list)
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts[userId].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        # Bug: treats a larger tweetId as "more recent"; ids are not posted in increasing order.
        ids = []
        for uid in self.follows[userId] | {userId}:
            ids += self.posts[uid]
        return heapq.nlargest(10, ids)

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
