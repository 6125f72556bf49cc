"""OrderDesk: order-to-cash for small firms (desktop client over SQLite or PostgreSQL)."""

__version__ = "0.1.0"
