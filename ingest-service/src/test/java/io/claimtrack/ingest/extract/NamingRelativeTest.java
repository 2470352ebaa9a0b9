package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 58: a relative clause with no relative word, a name its subject and a naming verb its cue ("a step
 * Petrakis described as a formality") is the name's statement of what the object is called, not a trailing cue over
 * the sentence before it.
 */
class NamingRelativeTest {

    @Test
    void aNameAfterAnIndefiniteObjectSpeaksTheNamingAfterAs() {
        assertMentions("The timetable still needs the approval of the harbour board, a step Ravensdale described as a formality.",
                "Ravensdale | a formality | described | indirect");
    }

    @Test
    void aBarePluralObjectAfterACommaAndAnAdverbBeforeTheVerb() {
        assertMentions("A watchdog accused the port police of beating detainees, charges Ostmark swiftly rejected as \"invented\".",
                "A watchdog | the port police of beating detainees | accused | indirect",
                "Ostmark | \"invented\" | rejected | direct");
    }

    @Test
    void aCallingVerbNamesWithoutAs() {
        assertMentions("The council backed a land swap, a move Councillor Brisk called a backroom giveaway.",
                "Councillor Brisk | a backroom giveaway | called | indirect");
    }

    /** A thing "called" by its own name is no clause ("a fund called Harbour Trust"), nor an acronym a subject. */
    @Test
    void aNameAfterCalledOrAnAcronymIsNoSpeaker() {
        assertMentions("Donors set up a new fund called Harbour Trust to pay for the pier.");
        assertMentions("The mayor used the Dunmore fire as a reason to cut the budget.");
    }
}
