package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A title whose "of" names its office is one speaker phrase, even when the office is also a cue word ("state"). */
class OfficeTitleTest {

    @Test
    void theHeadOfStateIsNotTheHead() {
        assertMentions("The head of state said the bridge would open in May.",
                "The head of state | the bridge would open in May | said | indirect");
        assertMentions("The secretary of state told reporters that the talks had failed.",
                "The secretary of state | the talks had failed | told | indirect");
        assertMentions("“The talks have failed,” the secretary of state said.",
                "the secretary of state | “The talks have failed,” | said | direct");
    }

    /** "The head of state" names a president or a monarch, not any "head": the president the text just named. */
    @Test
    void theHeadOfStateIsThePresidentNamedBefore() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Earlier, Norland President Anna Vik said the country would send grain to four ports. The head of \
                state stressed that the first ships would sail within a month.
                """);
        assertEquals("Anna Vik", statement(doc, "the first ships would sail within a month").speaker);
    }

    /**
     * Named bare after his title far up ("Norlandic President Anna Vik" in the lede, "Vik said" below), the president
     * who spoke last is "the head of state"; someone the text gives no such office is not.
     */
    @Test
    void theHeadOfStateIsThePresidentWhoSpokeLastByName() {
        String filler = "The delegations discussed trade, energy, transport, culture and the situation in the region. ".repeat(20);
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, "The talks between Norlandic President Anna Vik and "
                + "Estmarki President Piet Lunde were useful, an aide said on Monday.\n\n" + filler + "\n\nSpeaking at a forum "
                + "in Harrow, Vik said the port would stay open. The head of state noted that trade had doubled.\n");
        assertEquals("Anna Vik", statement(doc, "trade had doubled").speaker);
        AnnotatedDocument minister = Pipeline.through(ResolutionStage.class, "Speaking at a forum in Harrow, Berg said the "
                + "border would stay open. The head of state added that the army was ready.\n");
        assertEquals("The head of state", statement(minister, "the army was ready").speaker);
    }

    @Test
    void aCueVerbAfterItsSubjectStaysACue() {
        assertMentions("The ministers state that the talks have failed.",
                "The ministers | the talks have failed | state | indirect");
    }

    /**
     * A field of lower-case words joined by "and" after a title's "for" or "of" belongs to the title, its cue words
     * included; the name after it is the speaker's.
     */
    @Test
    void anOfficesFieldWithAndStaysInTheTitle() {
        AnnotatedDocument doc = extract("Orland Radio Vice President for news and talk Ivo Lunde called the show a success.");
        assertSpeaker(doc, "the show a success", "Ivo Lunde");
        assertEquals("Orland Radio Vice President for news and talk", statement(doc, "the show a success").role);
        assertSpeaker(extract("The director of communications and policy Ann Holm said the plan was sound."),
                "the plan was sound", "Ann Holm");
        // Guards: an "and" before a capitalised word, or with no name after the field, joins two speakers or none.
        assertMentions("The heads of state and government say that the summit failed.",
                "The heads | the summit failed | say | indirect");
    }
}
