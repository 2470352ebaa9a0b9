package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The speaker's mention when asides, relative clauses, or possessives stand in it (issue 10, eighteenth round). */
class MentionShapesTest {

    @Test
    void aNameInsideAnEarlierRelativeClauseIsNotTheSpeaker() {
        AnnotatedDocument doc = extract("""
                Greta Marsh, who lost her son in a ferry crash near Tromsby, Ostland, in May 2019, said the harbour was unsafe.

                Mr. Dahlberg, whose latest venture, Quaywise, rents moorings, said the fees were fair.
                """);
        assertSpeaker(doc, "the harbour was unsafe", "Greta Marsh");
        assertSpeaker(doc, "the fees were fair", "Mr. Dahlberg");
    }

    @Test
    void aLowerCasePluralPossessiveBeforeABodysNounIsPartOfTheBody() {
        AnnotatedDocument doc = extract("""
                Kellsford was not among the five cities on the league's expansion list, the referees' association confirmed.

                The growers' union said the harvest would be late.
                """);
        assertSpeaker(doc, "Kellsford was not among the five cities on the league's expansion list", "the referees' association");
        assertSpeaker(doc, "the harvest would be late", "The growers' union");
    }

    /** Round 53: lower-case modifiers may stand between the article and the plural possessive. */
    @Test
    void modifiersBeforeALowerCasePluralPossessiveAreInTheBody() {
        AnnotatedDocument doc = extract("""
                A gale flattened the barley fields of the Orrin plain on Sunday night, ruining up to half of the crop in \
                some parishes only days before the harvest began, the regional arable farmers' association said on Monday.

                Fares will rise in May, the national bus drivers' union said.
                """);
        assertSpeaker(doc, "A gale flattened the barley fields of the Orrin plain on Sunday night, ruining up to half of the crop in some"
                + " parishes only days before the harvest began", "the regional arable farmers' association");
        assertSpeaker(doc, "Fares will rise in May", "the national bus drivers' union");
    }

    @Test
    void aBareRoleInApposition() {
        AnnotatedDocument doc = extract("""
                Senator Anton Lunde, Republican of Ostland, who chairs the panel, said the tolls were too high.
                """);
        assertSpeaker(doc, "the tolls were too high", "Anton Lunde");
    }

    @Test
    void whoAfterAPlaceFarFromItsRoleOrAfterAnUnlistedNoun() {
        AnnotatedDocument doc = extract("""
                “The port is a wreck,” said Greta Marsh, a professor in maritime law at the University of Tromsby in Ostland, who likened the quay to a ruin.

                “The fees are fair,” said Anton Lunde, a shipwright from Vardby, Norway, who said he built the ferries.
                """);
        assertEquals("a professor", Pipeline.statement(doc, "the quay to a ruin").mention.text());
        assertEquals("a shipwright", Pipeline.statement(doc, "he built the ferries").mention.text());
    }

    @Test
    void aPluralPossessiveInsideAName() {
        AnnotatedDocument doc = extract("""
                The Ostland Dockers' Union said the strike would go on.
                """);
        assertSpeaker(doc, "the strike would go on", "Ostland Dockers' Union");
        assertEquals(SpeakerKind.ORGANIZATION, Pipeline.statement(doc, "the strike would go on").kind);
    }

    @Test
    void whoMakesItsHeadAPersonAndMayRunLong() {
        AnnotatedDocument doc = extract("""
                A deckhand who attended said the ferry was late.

                A lockkeeper who spoke on condition of anonymity because he was not authorized to talk to reporters said the gates had failed.
                """);
        assertEquals("A deckhand", Pipeline.statement(doc, "the ferry was late").mention.text());
        assertEquals("A lockkeeper", Pipeline.statement(doc, "the gates had failed").mention.text());
    }

    @Test
    void anAdverbialAsideIsNoSubject() {
        AnnotatedDocument doc = extract("""
                Port Radio, like the Ostland Herald, which was the first outlet to do so, declared the race over.
                """);
        assertSpeaker(doc, "the race over", "Port Radio");
    }

    @Test
    void aSecondVerbGoesWithTheClauseWhoseOwnVerbIsACue() {
        AnnotatedDocument doc = extract("""
                The anger boiled over at a rally in Salem on Wednesday night when Mr. Holm took issue with recent criticism of his plan and assailed Mrs. Berg from multiple angles.
                """);
        assertSpeaker(doc, "Mrs. Berg from multiple angles", "Mr. Holm");
    }

    @Test
    void aParticipleClauseAfterASpanOfTimeEndsAtItsComma() {
        AnnotatedDocument doc = extract("""
                One month after announcing his support for the bridge, Olaf Kress still believes that the ferry is unsafe.
                """);
        assertSpeaker(doc, "the ferry is unsafe", "Olaf Kress");
    }

    /**
     * A quotation that names a man by the first half of his double surname is not his, and a capitalised word made an
     * adjective ("Danish-born") is nobody: the pronoun is the story's subject.
     */
    @Test
    void aQuotationNamingHalfADoubleSurnameAndAnAdjectiveMadeOfAPlace() {
        AnnotatedDocument doc = extract("""
                Osric Pellvane, who tuned pianos in Harrowgate for six decades, died on Monday. He was 84.

                Born in Tallow Cross in 1941, he came to Harrowgate at 19 to apprentice with a Danish-born tuner named \
                Wilhelm Voldsted-Mabry. “Mr. Voldsted told me I had good ears,” he recalled in a 2009 interview.
                """);
        assertSpeaker(doc, "“Mr. Voldsted told me I had good ears,”", "Osric Pellvane");
        assertEquals(List.of(), doc.names.stream().map(Name::text).filter(n -> n.endsWith("-born")).toList());
    }

    /** Round 52: a day after a relative clause's verb ("passed Monday") is when, no name of the document's maker. */
    @Test
    void aDayClosingARelativeClauseIsNoName() {
        AnnotatedDocument doc = extract("""
                Mayor Ines Dalby has named Friday "Oskar Lund Day," according to a motion the town board passed Monday.
                """);
        List<String> found = Pipeline.statements(doc);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("a motion the town board passed |"), found.toString());
    }
}
