class Twitter:

    def __init__(self):
        self.clock = itertools.count()
        self.posts = defaultdict(lambda: deque(maxlen=10))  # only the 10 newest can ever show
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts[userId].appendleft((-next(self.clock), tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        users = self.follows[userId] | {userId}
        merged = heapq.merge(*(self.posts[u] for u in users if u in self.posts))
        return [tid for _, tid in itertools.islice(merged, 10)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
