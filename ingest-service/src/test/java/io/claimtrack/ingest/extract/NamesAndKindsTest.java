package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a title ends and a name begins, and what kind of speaker a name is (issue 10, class 5). */
class NamesAndKindsTest {

    private static Attribution resolved(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content);
    }

    @Test
    void titleWithForKeepsTheWholeTitleAsRole() {
        Attribution a = resolved("Presidential Commissioner for Children's Health Clara Ionescu said the homes were ready.",
                "the homes were ready");
        assertEquals("Clara Ionescu", a.speaker);
        assertEquals("Presidential Commissioner for Children's Health", a.role);
    }

    @Test
    void placeAfterTheNameIsNoPartOfIt() {
        assertEquals("Walter Greene", resolved("Representative Walter Greene of Ohio said the bill was dead.",
                "the bill was dead").speaker);
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
}
