"""cascade: carry public-administration-reform targets down the hierarchy and check plans."""

__version__ = "0.1.0"
