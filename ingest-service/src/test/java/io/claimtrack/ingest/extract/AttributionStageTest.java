package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionStageTest {

    private static AnnotatedDocument attribute(String text) {
        return Pipeline.through(AttributionStage.class, text);
    }

    private static void assertMentions(String text, String... expected) {
        assertEquals(List.of(expected), mentions(attribute(text)));
    }

    @Test
    void headlineDashNamesTheSpeakerOfTheHeadline() {
        AnnotatedDocument doc = attribute("Ceasefire talks have stalled — Interior ministry\nEnvoys left Geneva.");

        assertEquals(List.of("Interior ministry | Ceasefire talks have stalled |  | indirect"), mentions(doc));
        Attribution a = statement(doc, "Ceasefire talks have stalled");
        assertEquals(Attribution.Source.HEADLINE, a.source);
        assertEquals(SpeakerKind.ORGANIZATION, a.kind);
    }

    @Test
    void headlineWithSpeakerSays() {
        AnnotatedDocument doc = attribute("Mayor Lena Brandt says city will keep free buses\nThe council agreed.");

        assertEquals(List.of("Mayor Lena Brandt | city will keep free buses | says | indirect"), mentions(doc));
        Mention m = statement(doc, "city will keep free buses").mention;
        assertEquals("Mayor", m.role());
        assertEquals("Lena Brandt", m.name());
    }

    @Test
    void directQuotesWithTheCueBeforeOrAfterAndTheSpeakerOnEitherSide() {
        AnnotatedDocument doc = attribute("""
                Governor Alan Pryce said: “Inflation is cooling, but not fast enough.”
                «We will not rush,» said deputy governor Ruth Okafor.
                'Markets overreacted,' Pryce added.
                "Rates stay where they are," the governor told reporters.
                """);

        assertEquals(List.of(
                "Governor Alan Pryce | “Inflation is cooling, but not fast enough.” | said | direct",
                "deputy governor Ruth Okafor | «We will not rush,» | said | direct",
                "Pryce | 'Markets overreacted,' | added | direct",
                "the governor | \"Rates stay where they are,\" | told | direct"), mentions(doc));
        Mention okafor = statement(doc, "«We will not rush,»").mention;
        assertEquals("deputy governor", okafor.role());
        assertEquals("Ruth Okafor", okafor.name());
    }

    @Test
    void quotationAcrossSentencesAndParagraphsIsOneStatement() {
        AnnotatedDocument doc = attribute("""
                “The talks are frozen. Neither side will blink first,” said Swiss diplomat Eva Lund.

                “Both delegations have left the city.

                “They may return in May,” she added.
                """);

        assertEquals(List.of(
                "Swiss diplomat Eva Lund | “The talks are frozen. Neither side will blink first,” | said | direct",
                "she | “Both delegations have left the city.\n\n“They may return in May,” | added | direct"),
                mentions(doc));
    }

    @Test
    void followOnQuoteContinuesThePreviousSpeaker() {
        AnnotatedDocument doc = attribute("\"We have reached a fair deal,\" Holm told reporters. \"Nobody lost face.\"");

        Attribution first = statement(doc, "\"We have reached a fair deal,\"");
        Attribution next = statement(doc, "\"Nobody lost face.\"");
        assertEquals(Attribution.Source.FOLLOW_ON, next.source);
        assertSame(first, next.antecedent);
        assertEquals("direct", next.type);
    }

    @Test
    void reportedSpeechAfterCueVerbs() {
        assertMentions("""
                Pryce stressed that the bank was independent.
                Okafor denied that the vote had been split.
                The finance minister called on lenders to pass on the savings.
                The union warned that ferries would stay in port.
                """,
                "Pryce | the bank was independent | stressed | indirect",
                "Okafor | the vote had been split | denied | indirect",
                "The finance minister | lenders to pass on the savings | called on | indirect",
                "The union | ferries would stay in port | warned | indirect");
    }

    @Test
    void expressedHopeGivesTheHopedForContent() {
        AnnotatedDocument doc = attribute("Pryce expressed hope that growth would return next year.");

        assertEquals("Pryce", statement(doc, "growth would return next year").mention.text());
    }

    @Test
    void speakerAfterTheContent() {
        assertMentions("""
                Wages are rising too fast, said Pryce.
                Ferries will sail again on Friday, the union said on Tuesday.
                """,
                "Pryce | Wages are rising too fast | said | indirect",
                "the union | Ferries will sail again on Friday | said | indirect");
    }

    @Test
    void accordingToAndAsNoted() {
        AnnotatedDocument doc = attribute("""
                According to the Finance Ministry, the deficit narrowed to 2.1 percent.
                Exports grew by a fifth, according to the Finance Ministry.
                As Brandt noted, the buses were already full.
                """);

        assertEquals(List.of(
                "the Finance Ministry | the deficit narrowed to 2.1 percent | According to | indirect",
                "the Finance Ministry | Exports grew by a fifth | according to | indirect",
                "Brandt | the buses were already full | noted | indirect"), mentions(doc));
        assertEquals(Attribution.Source.ACCORDING_TO, statement(doc, "Exports grew by a fifth").source);
    }

    @Test
    void statementTypes() {
        assertMentions("""
                Brandt said the plan was “a betrayal of commuters” and would be scrapped.
                Brandt said the plan was costly.
                “It is over,” Brandt said.
                """,
                "Brandt | the plan was “a betrayal of commuters” and would be scrapped | said | mixed",
                "Brandt | the plan was costly | said | indirect",
                "Brandt | “It is over,” | said | direct");
    }

    @Test
    void leadInWithColonGivesOneStatementPerBulletAndSubBullet() {
        AnnotatedDocument doc = attribute("""
                Health Minister Tomas Vik said:
                • Hospitals will get 400 new beds.
                • Waiting lists will be cut:
                – for hip surgery by half;
                – for cataracts by a third.
                • Rural clinics will stay open.
                Parliament votes on the budget in June.
                """);

        assertEquals(List.of(
                "Health Minister Tomas Vik | Hospitals will get 400 new beds | said | indirect",
                "Health Minister Tomas Vik | for hip surgery by half | said | indirect",
                "Health Minister Tomas Vik | for cataracts by a third | said | indirect",
                "Health Minister Tomas Vik | Rural clinics will stay open | said | indirect"), mentions(doc));
        assertEquals(Attribution.Source.BULLET, statement(doc, "for hip surgery by half").source);
    }

    @Test
    void noiseLinesNeverBecomeStatements() {
        AnnotatedDocument doc = attribute("""
                Read more: Minister says taxes will fall
                {{author}} said the story was updated.
                Foreign policyJohn SmithMary Jones
                Ferries will sail again, the union said.
                """);

        assertEquals(List.of("the union | Ferries will sail again | said | indirect"), mentions(doc));
    }

    @Test
    void quotationInsideASentenceMakesAMixedStatement() {
        assertMentions("The plan was \"a betrayal of commuters,\" Brandt said.",
                "Brandt | The plan was \"a betrayal of commuters,\" | said | mixed");
    }

    @Test
    void leadInClauseIsNoStatementOfItsOwn() {
        assertMentions("Health Minister Tomas Vik said on Monday:\n• Clinics will open on Sundays",
                "Health Minister Tomas Vik | Clinics will open on Sundays | said | indirect");
    }

    @Test
    void nounBeforeTheCueIsPartOfTheSpeaker() {
        assertMentions("A leaked report said the convoys had been shelled.",
                "A leaked report | the convoys had been shelled | said | indirect");
    }

    @Test
    void transcriptSpeakerAndSignedQuotation() {
        assertMentions("""
                HOST: Will the bridge reopen before winter?
                “The river decides, not us.” ― Mara Lind
                """,
                "HOST | Will the bridge reopen before winter? | : | indirect",
                "Mara Lind | “The river decides, not us.” |  | direct");
    }

    @Test
    void abbreviatedTitlesAndDoubledApostrophes() {
        assertMentions("''There's a lot of new complexity,'' said Mr. Burman.",
                "Mr. Burman | ''There's a lot of new complexity,'' | said | direct");
    }

    @Test
    void sourcePhrasesThatWorkLikeAccordingTo() {
        assertMentions("""
                In the words of the mayor, the city is broke.
                Under the agreement, both sides will withdraw by May.
                """,
                "the mayor | the city is broke | In the words of | indirect",
                "the agreement | both sides will withdraw by May | Under | indirect");
    }

    @Test
    void asideWithAClauseBetweenSpeakerAndCue() {
        assertMentions("Trump, when asked about the plan, said it would work.",
                "Trump | it would work | said | indirect");
    }

    @Test
    void quotationResumedAfterTheCueContinuesTheSpeaker() {
        AnnotatedDocument doc = attribute("\"It launched a thousand trips,\" said Murphy, a consultant, \"and it still matters.\"");

        Attribution resumed = statement(doc, "\"and it still matters.\"");
        assertEquals(Attribution.Source.FOLLOW_ON, resumed.source);
        assertEquals("Murphy", resumed.antecedent.mention.text());
    }

    @Test
    void agencyDatelineIsNoPartOfTheSpeaker() {
        assertMentions("BERLIN, March 12 (Wire) - Chancellor Ida Lang said on Wednesday that spending must rise.",
                "Chancellor Ida Lang | spending must rise | said | indirect");
    }

    @Test
    void gerundCues() {
        assertMentions("""
                The ministry published the plan, with spokesman Per Olsen telling reporters it was fair.
                Lang pushed back, saying the figures were wrong.
                Minister Boris Dahl, speaking to reporters in Oslo, said the talks would resume.
                """,
                "spokesman Per Olsen | reporters it was fair | telling | indirect",
                "Lang | the figures were wrong | saying | indirect",
                "Minister Boris Dahl | the talks would resume | said | indirect");
    }

    @Test
    void accordingToSourceRunsToTheComma() {
        assertMentions("According to a ministry memo seen by the Wire, the budget will grow.",
                "a ministry memo seen by the Wire | the budget will grow | According to | indirect");
    }

    @Test
    void numberedListAfterALeadIn() {
        assertMentions("""
                During the meeting, the Prime Minister noted:
                1. Fuel subsidies will be extended;
                2. Grain quotas will be reviewed in June.
                """,
                "the Prime Minister | Fuel subsidies will be extended | noted | indirect",
                "the Prime Minister | Grain quotas will be reviewed in June | noted | indirect");
    }

    @Test
    void secondVerbOfTheSubject() {
        assertMentions("Union chairman Tomas Novak thanked the government but said that the money was late.",
                "Union chairman Tomas Novak | the money was late | said | indirect");
        assertMentions("The envoy said «we are ready to talk» and added that the West „must listen“.",
                "The envoy | «we are ready to talk» | said | direct",
                "The envoy | the West „must listen“ | added | mixed");
    }

    @Test
    void verbBeforeAHeadlineDashIsNoCue() {
        assertMentions("Russia demands reaction to recent attacks — senior diplomat",
                "senior diplomat | Russia demands reaction to recent attacks |  | indirect");
    }

    @Test
    void dottedAbbreviationInsideADescription() {
        assertMentions("The former U.S. senator said it was \"a mistake\" to wait.",
                "The former U.S. senator | it was \"a mistake\" to wait | said | mixed");
    }

    @Test
    void leadInFollowedByAQuotedParagraph() {
        assertMentions("""
                Holm continued:
                "Nobody will lose their job."
                Prices continued to fall.
                """,
                "Holm | \"Nobody will lose their job.\" | continued | direct");
    }

    @Test
    void quotationWithItsOwnUncoveredAttributionIsNoFollowOn() {
        assertMentions("""
                "We did not discuss it," Peskov told reporters.
                «Мы не обсуждали это», сказал Песков.
                """,
                "Peskov | \"We did not discuss it,\" | told | direct");
    }
}
