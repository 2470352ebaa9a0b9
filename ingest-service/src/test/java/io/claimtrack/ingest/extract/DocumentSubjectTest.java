package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, class 1: a description no sentence links to a name ("The GOP nominee complained ...") stands for
 * the person the story is about when the text gives that person the description's party or office and names
 * no one else it fits nearly as often.
 */
class DocumentSubjectTest {

    private static final String CAMPAIGN = """
            Harlan takes his tour to Ohio

            Republican Tom Harlan spent Monday at a steel plant in Dayton, where Harlan promised to reopen two \
            furnaces. Harlan toured the floor with the plant manager.

            Democrat Anne Lisk was in Texas on the same day.

            Harlan later flew to Columbus for a dinner with donors.

            Buses of supporters waited outside the hall for an hour before the doors opened.

            """;

    @Test
    void aPartyDescriptionStandsForThePersonTheStoryIsAbout() {
        AnnotatedDocument doc = extract(CAMPAIGN + "The GOP nominee complained that the sound in the hall had been poor.\n");

        assertSpeaker(doc, "the sound in the hall had been poor", "Tom Harlan");
    }

    @Test
    void theOtherPartysDescriptionIsNotTheSubject() {
        AnnotatedDocument doc = extract(CAMPAIGN + "The Democratic nominee said that the plant had closed for good.\n");

        // Lisk is named once: no one the description fits dominates the story.
        assertSpeaker(doc, "the plant had closed for good", "The Democratic nominee");
    }

    @Test
    void aPronounAfterTheDescriptionRulesOutAPersonOfTheOtherGender() {
        AnnotatedDocument doc = extract("""
                Republican Tom Harlan and Republican Ruth Amsel spoke at the plant on Monday. Harlan promised to \
                reopen two furnaces. Harlan toured the floor. Harlan flew to Columbus. Amsel stayed in Dayton.

                Buses of supporters waited outside the hall for an hour before the doors opened.

                The Republican candidate said her rival had no plan for the plant.
                """);

        // Harlan is named far more often, but "her" says the candidate is a woman.
        assertSpeaker(doc, "her rival had no plan for the plant", "The Republican candidate");
    }

    @Test
    void someoneBroughtInWithoutANameIsNotTheSubject() {
        AnnotatedDocument doc = extract(CAMPAIGN + """
                A Republican official who was at the dinner called the speech short.

                The Republican official said that donors had left early.
                """);

        // The unnamed official brought in before, not the campaign's subject (DescriptionResolver.sameUnnamed).
        assertSpeaker(doc, "donors had left early", "A Republican official");
    }

    @Test
    void aPersonTheDescriptionFitsNamedJustBeforeIsNotOverruled() {
        AnnotatedDocument doc = extract("""
                Republican Tom Harlan spent Monday in Dayton. Harlan promised to reopen two furnaces. Harlan toured \
                the floor. Harlan flew to Columbus. Harlan met donors.

                Buses of supporters waited outside the hall for an hour before the doors opened.

                When the moderator pointed out that Republican Dan Moss had not answered, the Republican candidate \
                said that the question was unfair.
                """);

        // Moss is named in the description's own sentence: not the story's subject but maybe him; left unresolved.
        assertSpeaker(doc, "the question was unfair", "the Republican candidate");
    }

    @Test
    void theSameOfficeForAnotherPartyIsNoOneElsesTitle() {
        AnnotatedDocument doc = extract(CAMPAIGN + """
                Libertarian nominee Lee Voss called the tour a stunt.

                The GOP nominee complained that the sound in the hall had been poor.
                """);

        // Voss holds a nomination, but not the Republican one.
        assertSpeaker(doc, "the sound in the hall had been poor", "Tom Harlan");
    }

    /**
     * "said in a statement that the minister was": a definite phrase after another one "a" opens brings in no unnamed
     * minister, so "the minister" a paragraph on is still the minister the story is about.
     */
    @Test
    void aDefinitePhraseAfterAnIndefiniteOneIsNoOneNew() {
        AnnotatedDocument doc = extract("""
                Ostmark is ready to sell part of its rail company, Transport Minister Lena Brask-Ohlin told Tellus.

                Brask-Ohlin said talks with two pension funds were well advanced. Brask-Ohlin, a former engineer, said \
                the railways needed new trains.

                Opposition lawmaker Ivo Tamm said the sale was rushed.

                The Rail Workers' Union said in a statement that the minister was "selling the furniture."

                Asked whether more could be sold, the minister said: "No. This is the limit."
                """);
        assertSpeaker(doc, "\"No. This is the limit.\"", "Lena Brask-Ohlin");
    }

    /**
     * "A second GOP nominee ... The GOP nominee": an indefinite article a few words before the head word brings in
     * someone unnamed (DocumentSubject.indefiniteHeads), whom the description may stand for; a comma between stops it.
     */
    @Test
    void anIndefiniteArticleAFewWordsBeforeTheHeadBringsInSomeoneNew() {
        AnnotatedDocument doc = extract(CAMPAIGN + """
                A second GOP nominee toured the plant on Tuesday.

                The GOP nominee complained that the sound in the hall had been poor.
                """);
        assertSpeaker(doc, "the sound in the hall had been poor", "The GOP nominee");

        AnnotatedDocument apart = extract(CAMPAIGN + """
                Workers waited for a bus, GOP nominee or not.

                The GOP nominee complained that the sound in the hall had been poor.
                """);
        assertSpeaker(apart, "the sound in the hall had been poor", "Tom Harlan");
    }
}
