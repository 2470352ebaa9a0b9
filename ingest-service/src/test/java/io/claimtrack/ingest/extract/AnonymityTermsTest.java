package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a source asks of the reporter about being named is the terms of speaking, not a statement. */
class AnonymityTermsTest {

    @Test
    void aRequestToStayUnnamedIsNoStatement() {
        AnnotatedDocument doc = extract("""
                A nurse at the Wexbury clinic said the kitchen had been without hot water for a week. She asked that \
                her name not be used.

                Two porters said the lifts had failed twice. They asked not to be identified because they feared for \
                their jobs.

                A third worker asked that he not be named. A fourth requested that his name be withheld.
                """);

        assertEquals(List.of("the kitchen had been without hot water for a week", "the lifts had failed twice"), contents(doc));
    }

    /** Round 56: parents asking that their child not be named set the terms too. */
    @Test
    void aRequestThatAChildStayUnnamedIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The Marchettis said their daughter had been locked in a shed by older girls. The Marchettis asked that \
                their daughter not be named. The coach asked that the boy not be identified.
                """);

        assertEquals(List.of("their daughter had been locked in a shed by older girls"), contents(doc));
    }

    @Test
    void aRequestAboutSomethingElseStays() {
        AnnotatedDocument doc = extract("""
                The Tillery dockers' union asked not to be identified with the wildcat strike.

                The mayor asked that the vote not be delayed. The council asked that the audit be withheld.
                """);

        assertEquals(List.of("not to be identified with the wildcat strike", "the vote not be delayed",
                "the audit be withheld"), contents(doc));
    }

    @Test
    void aNameKeptBackForAPurposeIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The boy's uncle, who asked that his name not be used to shield the family, said the school had called \
                him twice.
                """);

        assertEquals(List.of("the school had called him twice"), contents(doc));
    }

    /**
     * Round 57: the reason given for the terms ("because he feared losing his job") is background on the source; a
     * clause after its cue ("because he feared the owner would fire him") stays a statement, as PolNeAR marks it.
     */
    @Test
    void aFearGivenAsTheReasonForTheTermsIsNoStatement() {
        AnnotatedDocument doc = extract("""
                A guard, who spoke on the condition that his name not be used because he feared losing his job, said                 the gate was left open. A clerk who spoke on condition of anonymity because she feared reprisals said                 the files were shredded.

                Bram Tessel said he went public because he feared the dam would fail. A cook, who spoke on condition of \
                anonymity because he feared the owner would fire him, said the fridge broke.
                """);

        assertEquals(List.of("the gate was left open", "the files were shredded",
                "he went public because he feared the dam would fail", "the owner would fire him", "the fridge broke"), contents(doc));
    }
}
