package io.claimtrack.ingest.extract;

/**
 * Who holds the office a description names, asked of a speaker's description and of a pronoun's title alike ("The
 * President stressed", "He stressed" after "The Kestrian President thanked his counterpart"): the readout's own
 * leader, a heading's office holder, a capitalised title's one holder, then a named body's head ("the head of the
 * Agency"); part of {@link ResolutionStage}.
 */
record OfficeHolders(OwnLeader ownLeader, HeadingOffices headingOffices, TitleHolders titleHolders, BodyHeads bodyHeads) {

    /** The holder of the office {@code m} names, by the first of the four that knows one; null if none does. */
    String holder(Mention m) {
        String leader = ownLeader.holder(m);
        leader = leader != null ? leader : headingOffices.holder(m);
        leader = leader != null ? leader : titleHolders.holder(m);
        return leader != null ? leader : bodyHeads.holder(m);
    }
}
