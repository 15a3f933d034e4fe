"""ShopTeam (网店团队管家): team management for small online shops."""

__version__ = "0.1.0"
APP_NAME = "ShopTeam"
