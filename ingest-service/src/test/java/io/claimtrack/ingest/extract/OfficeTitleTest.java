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
