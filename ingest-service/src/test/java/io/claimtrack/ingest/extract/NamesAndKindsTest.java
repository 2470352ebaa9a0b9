package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a title ends and a name begins, and what kind of speaker a name is (issue 10, class 5). */
class NamesAndKindsTest {

    private static Attribution resolved(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content);
    }

    private static void assertNameAndRole(String text, String content, String name, String role) {
        Attribution a = resolved(text, content);
        assertEquals(name, a.speaker);
        assertEquals(role, a.role);
    }

    @Test
    void titleWithForKeepsTheWholeTitleAsRole() {
        assertNameAndRole("Presidential Commissioner for Children's Health Clara Ionescu said the homes were ready.",
                "the homes were ready", "Clara Ionescu", "Presidential Commissioner for Children's Health");
    }

    /** "for a" inside a body's name is no title followed by a person "Sound Transit Policy". */
    @Test
    void articleAfterForInsideABodysNameKeepsTheWholeName() {
        Attribution a = resolved("The Council for a Sound Transit Policy said the fares were too high.",
                "the fares were too high");
        assertEquals("Council for a Sound Transit Policy", a.speaker);
        assertEquals(SpeakerKind.ORGANIZATION, a.kind);
        assertEquals("Alliance for an Open Harbor", resolved("The Alliance for an Open Harbor warned that the port "
                + "would close.", "the port would close").speaker);
    }

    @Test
    void placeAfterTheNameIsNoPartOfIt() {
        assertEquals("Walter Greene", resolved("Representative Walter Greene of Ohio said the bill was dead.",
                "the bill was dead").speaker);
    }

    /**
     * Issue 10, thirty-seventh round: after a person's title, a name whose first word is on no list is still a person's,
     * and the university after "of" is where they work, not the speaker: the "he" that follows is theirs.
     */
    @Test
    void aTitledPersonOfAUniversityIsThePerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                Vote count

                Mayor Anders Pike-Ulvang conceded on Sunday. Political scientist Oswin Tarrask-Bell of Halden University \
                said the result reflected a shift. "For young people the mine is the threat," he said.
                """);
        assertEquals("Oswin Tarrask-Bell", statement(doc, "the result reflected a shift").speaker);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the result reflected a shift").kind);
        assertEquals("Oswin Tarrask-Bell", statement(doc, "\"For young people the mine is the threat,\"").speaker);
    }

    /** Issue 10, thirty-sixth round: a possessive inside the place ("Fisher's Crossing") is the place's, not a possessor. */
    @Test
    void aPossessiveInThePlaceAfterTheNameIsThePlaces() {
        assertEquals("Ignatius Pemble-Ward", resolved("Mayor Ignatius Pemble-Ward of Fisher's Crossing said the ferry would run.",
                "the ferry would run").speaker);
        assertEquals("Delphine Okoro", resolved("Mayor Delphine Okoro of St. Agatha's Landing said the bridge was safe.",
                "the bridge was safe").speaker);
    }

    @Test
    void oneWordOutletIsAnOrganization() {
        assertEquals(SpeakerKind.ORGANIZATION, resolved("Politico reported that the vote would slip.",
                "the vote would slip").kind);
        assertEquals(SpeakerKind.ORGANIZATION, resolved("Reuters said the deal was close.", "the deal was close").kind);
    }

    @Test
    void pluralNameAfterTheIsAGroup() {
        assertEquals(SpeakerKind.GROUP, resolved("The Rangers said they would appeal the fine.",
                "they would appeal the fine").kind);
    }

    @Test
    void honorificNamesAPerson() {
        Attribution a = resolved("Mr. Okoro said the plant would close.", "the plant would close");
        assertEquals("Mr. Okoro", a.speaker);
        assertEquals(SpeakerKind.PERSON, a.kind);
    }

    @Test
    void hyphenatedPlacePairIsNoSpeaker() {
        Attribution a = resolved("Oslo-Bergen rail talks will resume, the envoy said.", "Oslo-Bergen rail talks will resume");
        assertEquals("the envoy", a.speaker);
    }

    @Test
    void rankBeforeTheNameIsATitle() {
        assertNameAndRole("Detective Inspector Sarah Collins said officers were called at 11 p.m.",
                "officers were called at 11 p.m", "Sarah Collins", "Detective Inspector");
    }

    @Test
    void shortFormOfACompanyNameIsThatCompany() {
        Attribution a = resolved("""
                Nordwagen AG is recalling 50,000 vehicles. Nordwagen said no accidents had been reported.
                """, "no accidents had been reported");
        assertEquals("Nordwagen AG", a.speaker);
        assertEquals(SpeakerKind.ORGANIZATION, a.kind);
        // A place that opens a longer name is no short form of it.
        assertEquals("Harlow", resolved("""
                The Harlow-based Orchard Foundation paid for the study. Harlow said the money was welcome.
                """, "the money was welcome").speaker);
    }

    @Test
    void partyLabelBeforeTheNameIsARole() {
        assertNameAndRole("Republican Dan Hollis said the bill was dead.", "the bill was dead", "Dan Hollis", "Republican");
    }

    @Test
    void epithetBeforeAFirstNameMakesNoFullerName() {
        assertEquals("Anna Ferris", resolved("""
                Crooked Anna Ferris, as her critics call her, was not at the debate. Anna Ferris said she would not \
                apologise.
                """, "she would not apologise").speaker);
    }
}
