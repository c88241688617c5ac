"""Isolation layers for the judge's sandboxed children (no Flask, nothing from app/)."""
