"""Pure rules of the shop's domain. Imports nothing else of ShopTeam, no Qt and no database."""
