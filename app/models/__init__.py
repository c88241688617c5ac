"""All models, imported here so ``Base.metadata`` knows every table (Alembic reads it)."""
from app.models.bank import HintReveal, Problem, TestCase, Topic, TopicEdge
from app.models.base import Base, utcnow
from app.models.mocks import Mock, MockProblem
from app.models.reviews import ReviewCard, ReviewLog
from app.models.submissions import DailyActivity, ProblemProgress, Submission
from app.models.users import ApiToken, User

__all__ = [
    "ApiToken", "Base", "DailyActivity", "HintReveal", "Mock", "MockProblem", "Problem",
    "ProblemProgress", "ReviewCard", "ReviewLog", "Submission", "TestCase", "Topic", "TopicEdge",
    "User", "utcnow",
]
