# expect: TLE
class Twitter:

    def __init__(self):
        self.time = 0
        self.posts = defaultdict(list)
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.posts[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        # Gathers every post of the circle and sorts it all, for every feed request.
        everything = []
        for uid in self.follows[userId] | {userId}:
            everything += self.posts[uid]
        everything.sort(reverse=True)
        return [tid for _, tid in everything[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
