package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a question turn's sentence addresses before it asks: an office, a titled name or a first name, never bare capitals. */
class QuestionAddressTest {

    private static final String BRIEFING = """
            Transcript of a press conference by Senator Dagny Tan, Holmvik, 12 March.

            SENATOR TAN: Good afternoon. The dairy bill goes to the floor next week.

            %s

            SENATOR TAN: We will look at the figures again in April.
            """;

    /** A titled name addresses the answerer as an office does, so the premise put to "you" is the answerer's. */
    @Test
    void aTitledNameAddressesTheOnePutTheirPremise() {
        AnnotatedDocument doc = extract(BRIEFING.formatted(
                "Q (Rolf Engen, Holmvik Courier): Senator Tan, last year you promised that milk quotas would end. Why not yet?"));

        assertTrue(mentions(doc).contains("you | milk quotas would end | promised | indirect"), mentions(doc).toString());
        List<String> all = statements(doc);
        // The premise is the answerer's: its speaker is the next turn's.
        assertEquals(all.get(2).split(" \\| ")[0], all.get(1).split(" \\| ")[0], all.toString());
    }

    /** An honorific and a surname ("Ms. Tan,") address the one answering, and so does a lone first name ("Dagny,"). */
    @Test
    void anHonorificAndASurnameAddress() {
        AnnotatedDocument doc = extract(BRIEFING.formatted(
                "Q (Rolf Engen, Holmvik Courier): Ms. Tan, you said that the creameries would stay open. Will they?"));

        assertTrue(mentions(doc).contains("you | the creameries would stay open | said | indirect"), mentions(doc).toString());
    }

    /** Past a titled address, the sentence's own subject speaks: the farmers, not the senator. */
    @Test
    void aSubjectAfterATitledAddressSpeaks() {
        List<String> found = mentions(extract(BRIEFING.formatted(
                "Q (Rolf Engen, Holmvik Courier): Senator Tan, dairy farmers in the valley say the quota cut came too late. Did it?")));

        assertTrue(found.contains("dairy farmers in the valley | the quota cut came too late | say | indirect"), found.toString());
    }

    /** A name closed by an appositive's comma opens the subject, not an address: the office test keeps this statement. */
    @Test
    void aNameWithAnAppositiveOpeningAQuestionIsItsSubject() {
        List<String> found = mentions(extract(BRIEFING.formatted("""
                Q (Rolf Engen, Holmvik Courier): There is a lot of talk about milk this spring. Gunnar Lidvall, the likely \
                challenger, says the quotas should go at once. What do you make of that?""")));

        assertTrue(found.stream().anyMatch(m -> m.startsWith("Gunnar Lidvall") && m.contains("| the quotas should go at once | says |")),
                found.toString());
    }

    @Test
    void aLoneFirstNameAddresses() {
        AnnotatedDocument doc = extract(BRIEFING.formatted(
                "Q (Rolf Engen, Holmvik Courier): Dagny, in March you said that the creameries would stay open. Will they?"));

        assertTrue(mentions(doc).contains("you | the creameries would stay open | said | indirect"), mentions(doc).toString());
    }

    /** An adverb closed by a comma addresses no one: "Now, you said that A" puts no premise to anyone named. */
    @Test
    void anOpeningAdverbIsNoAddress() {
        AnnotatedDocument doc = extract(BRIEFING.formatted(
                "Q (Rolf Engen, Holmvik Courier): Now, in March you said that the creameries would stay open. Will they?"));

        assertEquals(List.of(), statements(doc).stream().filter(s -> s.contains("creameries")).toList());
    }
}
