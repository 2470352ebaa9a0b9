package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A description with the person's name in an apposition after it: the name speaks, with the description as role. */
class NamedAppositionTest {

    @Test
    void aCueWordThatModifiesATitleIsPartOfIt() {
        // "state" is a cue word: the subject had ended before it, and the sentence read inverted ("Y, said X").
        assertMentions("A state representative, Bo Lind, said the plan failed.",
                "A state representative, Bo Lind | the plan failed | said | indirect");
        assertMentions("The state treasurer, Bo Lind, said the levy was too low.",
                "The state treasurer, Bo Lind | the levy was too low | said | indirect");
        assertMentions("Harbour state officials said the pier was safe.",
                "Harbour state officials | the pier was safe | said | indirect");
    }

    @Test
    void aCueWordBeforeAnythingElseStaysACue() {
        assertMentions("The ferry ministers state that the crossing is safe.",
                "The ferry ministers | the crossing is safe | state | indirect");
    }

    @Test
    void theNameInTheSubjectsAppositionSpeaksForAParticiple() {
        AnnotatedDocument doc = extract(
                "The harbour director, Mike Rubino, reached out to the ferry crews, writing in an email that the pier was full.");
        assertSpeaker(doc, "the pier was full", "Mike Rubino");
        assertMentions("The harbour director, Mike Rubino, reached out to the ferry crews, writing in an email that the pier was full.",
                "The harbour director, Mike Rubino | the pier was full | writing | indirect");
    }

    @Test
    void theNameInTheSubjectsAppositionSpeaksForASecondVerb() {
        assertMentions("Gov. Ann Holm's press secretary, Kari Vik, thanked the crews and said the tunnel was safe.",
                "Gov. Ann Holm's press secretary, Kari Vik | the tunnel was safe | said | indirect");
    }

    @Test
    void anAppositionThatIsNoNameLeavesTheSubject() {
        assertMentions("The harbour director, a former pilot, reached out to the ferry crews, writing that the pier was full.",
                "The harbour director | the pier was full | writing | indirect");
    }

    @Test
    void aHedgeBeforeTheParticipleIsNoSpeaker() {
        // "perhaps" had been read as the participle's own subject.
        assertMentions("The mayor's aides were pleased, perhaps recognizing that the vote was theirs.",
                "The mayor's aides | the vote was theirs | recognizing | indirect");
    }
}
