"""Actors stage: the actor dictionary, the dateline_actors component and actor assignment to events."""
