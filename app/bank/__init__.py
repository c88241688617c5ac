"""The problem bank: problem folders -> validated specs -> database (section 4 of docs/DESIGN.md)."""
