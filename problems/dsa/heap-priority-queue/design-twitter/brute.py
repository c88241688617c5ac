class Twitter:

    def __init__(self):
        self.tweets = []   # (userId, tweetId) in posting order
        self.follows = set()

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        feed = []
        for uid, tid in reversed(self.tweets):
            if uid == userId or (userId, uid) in self.follows:
                feed.append(tid)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows.add((followerId, followeeId))

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows.discard((followerId, followeeId))
