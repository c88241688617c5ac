# expect: WA
class Twitter:

    def __init__(self):
        self.time = 0
        self.posts = defaultdict(list)
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.posts[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        # Bug: only the followees' posts, not the user's own.
        latest = []
        for uid in self.follows[userId]:
            latest += self.posts[uid][-10:]
        return [tid for _, tid in heapq.nlargest(10, latest)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
