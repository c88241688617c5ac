"""The judge: runs submitted Python in a sandbox and returns a verdict.

Knows nothing of Flask, users or HTTP: it takes a problem spec and code and returns a result.
"""
