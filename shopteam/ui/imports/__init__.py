"""The import wizard (导入向导): file → sheet → mapping → preview → duplicates → commit → summary."""
