package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A deck's description names the person of the story whose words it sums up: a bare title saying in the present on a
 * page that sets the deck as a paragraph ("‘...,’ union leader says"), and a headline's plural ("Researchers say
 * ...") when one person's statements echo it; not someone the story gives a title of another kind.
 */
class DeckSpeakerTest {

    @Test
    void aDeckSetAsAParagraphNamesTheSpeakerItEchoes() {
        AnnotatedDocument doc = extract("""
                Home  News  Business

                Ferry crews vote to strike on Oct. 2

                ‘We only want a fair roster,’ union leader says

                By Aino Halvorsen-Diaz | Business Reporter

                Ferry crews voted on Sunday to strike next month unless the harbour authority improves its offer.

                “We only want a fair roster, one that lets a deckhand sleep,” said Local 12 president Ruben Castellvi-Moor.
                """);
        assertSpeaker(doc, "‘We only want a fair roster,’", "Ruben Castellvi-Moor");
    }

    @Test
    void aHeadlinePluralNamesThePersonWhoseWordsItEchoes() {
        AnnotatedDocument doc = extract("""
                Cold snaps send more children to clinics

                Researchers say schools should stay warm overnight; parents worry about bills

                By Tove Lindqvist-Abara

                Clinic visits by children rose by a tenth during cold snaps, according to a study published Monday.

                Schools should keep their heating on overnight in a cold snap, said Dr. Ismay Okafor-Brandt, who led the \
                study.
                """);
        assertSpeaker(doc, "schools should stay warm overnight", "Ismay Okafor-Brandt");
    }

    /** Round 61: a headline's plural stays its open group over a body not named as one of its kind (the sixtieth bullet). */
    @Test
    void aHeadlinePluralIsNoBodyOfAnotherKindThatSaysIt() {
        AnnotatedDocument doc = extract("""
                Storm Velka stalls over the gulf; hydrologists say river crest was lower than feared

                By Tove Lindqvist-Abara

                The Orsund Water Agency said the river crest reached 3.2 metres on Tuesday, a metre lower than feared.
                """);
        assertSpeaker(doc, "river crest was lower than feared", "hydrologists");
    }

    @Test
    void notAPersonTheStoryTitlesOtherwise() {
        AnnotatedDocument doc = extract("""
                Council delays vote on marina hotel

                Residents say nine floors is too tall for the harbour

                By Greta Sundqvist

                Residents who spoke at the meeting said the hotel would block the view of the harbour.

                Council member Tobias Ferreira-Lund said he would oppose anything taller than six floors.
                """);
        assertSpeaker(doc, "nine floors is too tall for the harbour", "Residents");
    }
}
