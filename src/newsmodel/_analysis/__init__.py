"""newsmodel's own analysis stages: dates, actors, quotes and events."""
