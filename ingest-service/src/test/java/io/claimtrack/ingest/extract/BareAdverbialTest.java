package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** An opening adverbial written without its comma, as wire text writes a short one. */
class BareAdverbialTest {

    @Test
    void subjectAfterATimeOrPlaceWithoutItsComma() {
        assertMentions("""
                On Monday the mayor said that the bridge will close in May.
                At the rally Brandt said the harbour was safe.
                In a meeting with the pilots Holm said the fees would stay.
                Earlier this month the council said it would appeal.
                In 2010 she said the port was too small.
                During the debate former Senator Ada Vik said the plan was a disgrace.
                """,
                "the mayor | the bridge will close in May | said | indirect",
                "Brandt | the harbour was safe | said | indirect",
                "Holm | the fees would stay | said | indirect",
                "the council | it would appeal | said | indirect",
                "she | the port was too small | said | indirect",
                "former Senator Ada Vik | the plan was a disgrace | said | indirect");
    }

    @Test
    void atFirstOrALastYearBeforeAQuantifiersGroup() {
        assertMentions("""
                At first many beekeepers blamed the cold snap in January.
                Last year some residents said the pier was unsafe.
                At first Lund said the pier was safe.
                """,
                "many beekeepers | the cold snap in January | blamed | indirect",
                "some residents | the pier was unsafe | said | indirect",
                "Lund | the pier was safe | said | indirect");
    }

    @Test
    void theMonthMayAfterItsPrepositionIsNoModal() {
        // "In May he told": the month, whose capital a modal opening a question would also have.
        assertMentions("""
                In May he told a fishermen's congress that Arlby would keep every route.
                Last May Councillor Vik argued that the pier was safe.
                """,
                "he | Arlby would keep every route | told | indirect",
                "Councillor Vik | the pier was safe | argued | indirect");
    }

    @Test
    void aConjunctionMayStandBeforeTheAdverbial() {
        assertMentions("""
                But on Sunday the mayor said the bridge would stay open.
                And at the rally Brandt said the harbour was safe.
                """,
                "the mayor | the bridge would stay open | said | indirect",
                "Brandt | the harbour was safe | said | indirect");
    }

    @Test
    void aConjunctionMayStandBeforeABareTimeWord() {
        // The speaker scan from the cue leftwards read "But later she" as no phrase and "later the council" as one.
        assertMentions("""
                But later she said the ferries would stay free.
                And then he promised the toll would go.
                But earlier this week the council said it would wait.
                Yet later the council said the vote was fair.
                """,
                "she | the ferries would stay free | said | indirect",
                "he | the toll would go | promised | indirect",
                "the council | it would wait | said | indirect",
                "the council | the vote was fair | said | indirect");
    }

    @Test
    void theAdverbialsNounIsNoPartOfTheSpeaker() {
        assertMentions("""
                Last week Brandt said the harbour was safe.
                After the meeting Lund said the vote was fair.
                Yesterday the minister said the tax would rise.
                """,
                "Brandt | the harbour was safe | said | indirect",
                "Lund | the vote was fair | said | indirect",
                "the minister | the tax would rise | said | indirect");
    }

    @Test
    void clausesAndCommaAdverbialsStayAsTheyWere() {
        assertMentions("""
                After Holm said the vote was fair the council left.
                In nearby Bergen, the port is struggling, the port's director, Ada Vik, said.
                """,
                "Holm | the vote was fair the council left | said | indirect",
                "the port's director, Ada Vik | In nearby Bergen, the port is struggling | said | indirect");
    }

    @Test
    void aHeadlineInCapitalsRunIntoTheTextOpensNoAdverbial() {
        assertMentions("AT LEAST 10 KILLED IN DEADLY FERRY FIRE Mayor Ada Vik said the port was closed.");
    }

    @Test
    void aWeekdayOpensTheAdverbial() {
        assertMentions("""
                Saturday at the harbour union's spring convention Mayor Ada Lund (D-Ore.) said the pier was unsafe.
                Monday the harbour master said the quay would reopen.
                """,
                "Mayor Ada Lund | the pier was unsafe | said | indirect",
                "the harbour master | the quay would reopen | said | indirect");
    }

    @Test
    void aNameAfterAnOrganisationStartsTheSubject() {
        // The organisation's name is the adverbial's; a second head word keeps the run one name.
        assertMentions("""
                In a March 2014 meeting with the editorial board of the Harbour Post Lund said that the pier was unsafe.
                At a hearing of the House Fisheries Committee Mayor Tor Vik said the fees would rise.
                """,
                "Lund | the pier was unsafe | said | indirect",
                "Mayor Tor Vik | the fees would rise | said | indirect");
        AnnotatedDocument doc = extract("""
                Port fees to stay

                Ada Lund met the pilots on Friday. In an interview with the Harbour Times Lund said the fees would stay.
                """);
        assertSpeaker(doc, "the fees would stay", "Ada Lund");
    }

    @Test
    void aDayBeforeANameIsADateEvenWhenItIsAFirstName() {
        AnnotatedDocument doc = extract("""
                Port fees to stay

                Ada Lund met the pilots on Friday. On Tuesday Lund said the fees would stay.
                """);

        assertSpeaker(doc, "the fees would stay", "Ada Lund");
    }

    /**
     * Issue 9, round 48: a span counted from the last event told ("Two days later", "Hours later") opens the sentence
     * without its comma; the subject starts after it, and a second verb of saying goes back to that subject.
     */
    @Test
    void aCountedSpanOfTimeWithoutItsComma() {
        assertMentions("""
                Two days later the council closed the quay and said it would reopen in May.
                Hours later Mayor Ada Holm said the pier was safe.
                A few minutes later the stewards hurried everyone onto the pier and said they would sail at noon.
                """,
                "the council | it would reopen in May | said | indirect",
                "Mayor Ada Holm | the pier was safe | said | indirect",
                "the stewards | they would sail at noon | said | indirect");
    }
}
