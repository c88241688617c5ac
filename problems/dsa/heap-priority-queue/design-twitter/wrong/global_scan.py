# expect: TLE
class Twitter:

    def __init__(self):
        self.tweets = []
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        # Walks the global timeline backwards: O(all tweets) when the user's circle is quiet.
        feed = []
        mine = self.follows[userId]
        for uid, tid in reversed(self.tweets):
            if uid == userId or uid in mine:
                feed.append(tid)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
