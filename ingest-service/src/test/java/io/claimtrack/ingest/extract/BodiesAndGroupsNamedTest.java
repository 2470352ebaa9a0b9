package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names of bodies and groups that are no person, and people whose surname a body's name ends with (issue 10, class 5). */
class BodiesAndGroupsNamedTest {

    private static SpeakerKind kind(String text, String content) {
        return statement(extract(text), content).kind;
    }

    /** A group named against someone is no fuller name of them: "Holcomb" stays the senator. */
    @Test
    void aGroupNamedAgainstAPersonIsNotThatPersonsName() {
        AnnotatedDocument doc = extract("Senator Ray Holcomb spoke at the fairgrounds on Friday. Outside, a nurse held a "
                + "sign reading \"Nurses Against Holcomb.\" Holcomb said the hospital would stay open. He said the budget "
                + "was balanced.");
        assertSpeaker(doc, "the hospital would stay open", "Ray Holcomb");
        assertSpeaker(doc, "the budget was balanced", "Ray Holcomb");
    }

    /** One plural name after a quantifier or "the", "-is" plurals included, is several people. */
    @Test
    void aPluralNameAfterAQuantifierIsAGroup() {
        assertEquals(SpeakerKind.GROUP, kind("Many Canadians say the economy is weak.", "the economy is weak"));
        assertEquals(SpeakerKind.GROUP, kind("Some Norwegians said the tax was too high.", "the tax was too high"));
        assertEquals(SpeakerKind.GROUP, kind("The Saudis said they would cut output.", "they would cut output"));
        // A surname in "-is" stays a person.
        assertEquals(SpeakerKind.PERSON, kind("Mr. Davis said the mill would reopen.", "the mill would reopen"));
    }

    /** A watchdog named "... Watch" is a body. */
    @Test
    void aWatchdogIsAnOrganization() {
        assertEquals(SpeakerKind.ORGANIZATION, kind("Harbour Rights Watch said the port had dumped sludge.",
                "the port had dumped sludge"));
    }

    /**
     * "The opposition" is a body, as "the coalition" is: not the opposition lawmaker quoted after it, who speaks for
     * himself.
     */
    @Test
    void theOppositionIsABodyNotTheLawmakerQuotedNext() {
        AnnotatedDocument doc = extract("The Norlandic opposition has accused the government of lying about the port. "
                + "\"Nobody knows what we want,\" opposition lawmaker Per Dahl said in parliament.");
        Attribution accused = statement(doc, "the government of lying about the port");
        assertEquals(SpeakerKind.ORGANIZATION, accused.kind);
        assertEquals("Norlandic opposition", accused.speaker);
    }

    /** Platforms and pollsters named in one word are bodies. */
    @Test
    void aPlatformOrAPollsterIsAnOrganization() {
        assertEquals(SpeakerKind.ORGANIZATION, kind("Facebook said its users had grown by 4 percent.",
                "its users had grown by 4 percent"));
        assertEquals(SpeakerKind.ORGANIZATION, kind("The transit plan is unpopular, according to Ipsos.",
                "The transit plan is unpopular"));
    }

    /** Two bodies joined by "and" are no fuller name of either; an "and" after a body's head and "of" is inside one. */
    @Test
    void twoBodiesJoinedByAndAreNoFullerNameOfEither() {
        assertSpeaker(extract("Orland Media and Facebook both reported strong results. Facebook said its users had grown "
                + "by 4 percent."), "its users had grown by 4 percent", "Facebook");
        assertSpeaker(extract("Kestrel Freight and Ostland Rail signed the deal. Ostland Rail said the line would open "
                + "in May."), "the line would open in May", "Ostland Rail");
        assertSpeaker(extract("The Department of Health and Human Services issued new rules. Human Services said the "
                + "rules would apply in May."), "the rules would apply in May", "Department of Health and Human Services");
    }

    /**
     * A body's name starts after a possessor and the lower-case words that open the phrase, when a name of its own is
     * left; a one-word acronym after them ("the super PAC") and a modifier glued to a name stay.
     */
    @Test
    void aBodysNameStartsAfterItsPossessorAndOpeningModifiers() {
        assertSpeaker(extract("Mayor Lunde's Ipsos rating fell to 31 percent in May. The transit plan is unpopular, "
                + "according to Ipsos."), "The transit plan is unpopular", "Ipsos");
        assertSpeaker(extract("The nonpartisan Harbour Budget Office said the plan would cost $4 billion."),
                "the plan would cost $4 billion", "Harbour Budget Office");
        assertSpeaker(extract("The super PAC said it would spend $2 million."), "it would spend $2 million", "super PAC");
        assertSpeaker(extract("A pro-Ivo Lunde PAC said the mayor had been right."), "the mayor had been right",
                "pro-Ivo Lunde PAC");
    }

    /** A generational suffix ending a name is no body's acronym: the name is a person's, and "he" is that person. */
    @Test
    void aGenerationalSuffixIsNoAcronym() {
        AnnotatedDocument doc = extract("Joseph R. Kline III, a lawyer in Ripley, said the law was cruel. He said the "
                + "state would lose.");
        assertEquals(SpeakerKind.PERSON, statement(doc, "the law was cruel").kind);
        assertSpeaker(doc, "the state would lose", "Joseph R. Kline III");
    }

    /** Round 52: race stewards, referees and umpires speak as a group, as officials do. */
    @Test
    void stewardsAndRefereesAreAGroupOfSpeakers() {
        AnnotatedDocument doc = extract("""
                Brisk Harbour lost the race 10 minutes later, when stewards ruled that the mare had drifted across the track.
                """);
        assertSpeaker(doc, "the mare had drifted across the track", "stewards");
    }
}
