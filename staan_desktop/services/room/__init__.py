"""The room: participants score and contribute from their phones through the laptop
(docs/room-server.md). :mod:`.room` holds the rules and the state, :mod:`.writer` stores,
:mod:`.server` speaks HTTP; none of them imports Qt."""
