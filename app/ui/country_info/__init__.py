"""Country information at hand: the packs' statements by words, place, year and topic."""
