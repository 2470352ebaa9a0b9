package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Her name is Mira Lenk": a feature's described speaker and her pronouns, before that sentence and after it until
 * another person is named, are the person it names.
 */
class NameGivenAfterTest {

    private static final String FERRY = """
            Islanders fight for the late ferry

            By Osvald Trenholm
            Island Courier

            About 80 people filled the parish hall on Wednesday to hear the ferry company explain its winter timetable.

            A nursing student, who said she takes the last boat home after every night shift, handed the board a petition. \
            Her name is Mira Lenkowska, and she is 22. "Cut the morning boat if you must. Not the last one," she said.

            Harbourmaster Jon Ulvestad said the company had lost money on the late crossing for three winters.
            """;

    @Test
    void theDescriptionAndHerPronounAreThePersonNamedAfter() {
        AnnotatedDocument doc = extract(FERRY);
        assertSpeaker(doc, "she takes the last boat home after every night shift", "Mira Lenkowska");
        assertSpeaker(doc, "\"Cut the morning boat if you must. Not the last one,\"", "Mira Lenkowska");
    }

    private static final String FEATURE = """
            The last shift at the mill

            By Osvald Trenholm
            Island Courier

            In the canteen, a man in a felt cap stirs his coffee for a long time.

            "I started here when I was 15. My father started here when he was 14," he says. "Nobody thought it would end."

            His name is Arvid Sandmoen, and on Friday he will lock the gate for the last time.
            """;

    @Test
    void aPronounThatSpokeBeforeTheNamingIsThePerson() {
        assertSpeaker(extract(FEATURE), "\"I started here when I was 15. My father started here when he was 14,\"", "Arvid Sandmoen");
    }

    @Test
    void aPronounOfTheOtherGenderOrAnotherPersonNamedBetweenIsLeftAlone() {
        assertSpeaker(extract(FEATURE.replace("His name is", "Her name is")),
                "\"I started here when I was 15. My father started here when he was 14,\"", "a man in a felt cap");
        AnnotatedDocument other = extract(FERRY.replace("and she is 22. \"Cut", "and she is 22. Her tutor, Dagny Holm, was with her. \"Cut"));
        assertSpeaker(other, "\"Cut the morning boat if you must. Not the last one,\"", "Dagny Holm");
        assertSpeaker(extract(FERRY.replace("Her name is Mira Lenkowska, and she is 22.", "She is 22.")),
                "she takes the last boat home after every night shift", "A nursing student");
    }

    private static final String FLOOD = """
            River breaks its banks in Millbrook

            By Osvald Trenholm
            Island Courier

            MILLBROOK - Water reached the first floors of a dozen homes on Ferry Lane on Sunday night.

            A man who was loading sandbags into a pickup said the river rose faster than anyone had warned. He said the \
            pumps at the end of the lane had not run since August.

            "We did everything they told us to do," said the man, Torvald Ekenes, 47, a roofer.

            Fire Chief Anna Brodal said crews would check every house on the lane on Monday.
            """;

    @Test
    void aDescriptionOfTheHeadSetOffWithTheNameLaterIsThePerson() {
        AnnotatedDocument doc = extract(FLOOD);
        assertSpeaker(doc, "the river rose faster than anyone had warned", "Torvald Ekenes");
        assertSpeaker(doc, "the pumps at the end of the lane had not run since August", "Torvald Ekenes");
    }

    @Test
    void aDescriptionOfAnotherHeadIsLeftAlone() {
        assertSpeaker(extract(FLOOD.replace("A man who was loading", "A neighbour who was loading")),
                "the river rose faster than anyone had warned", "A neighbour");
    }

    /** Round 57: each naming reads only the statements of its own blocks (indexed once), not those of another's. */
    @Test
    void eachNamingNamesOnlyTheDescriptionOfItsOwnBlocks() {
        AnnotatedDocument doc = extract(FERRY + """

                The company will meet the islanders again in March.

                The board met for two hours. Its members heard from the pier staff and from the parish council.

                A fisherman who sails from the north pier said the late boat carried his catch to market. \
                His name is Eskil Brannvoll. "Without it we lose a day," he said.
                """);
        assertSpeaker(doc, "\"Cut the morning boat if you must. Not the last one,\"", "Mira Lenkowska");
        assertSpeaker(doc, "the late boat carried his catch to market", "Eskil Brannvoll");
        assertSpeaker(doc, "\"Without it we lose a day,\"", "Eskil Brannvoll");
    }

    private static final String RALLY = """
            Dockers strike at Pellin harbour

            PELLIN, Vastor (AP) — Dock workers at Pellin walked out on Monday over crane safety.

            "We are not going back until the cranes are safe," the union's secretary, a crane driver who has worked the \
            quay since 2030, said at a rally outside the port office. His name is Tobias Wrenfield-Ade, and he has led the \
            union since June.

            The port's director, Sigrun Hallvard-Obi, said the cranes had passed their last inspection.
            """;

    /**
     * Round 60: a body's role whose holder the story has not named, speaking in the naming's own paragraph, is the
     * person "His name is" names; a role of the other gender stays.
     */
    @Test
    void aBodysUnnamedRoleInTheNamingsParagraphIsThePerson() {
        assertSpeaker(extract(RALLY), "\"We are not going back until the cranes are safe,\"", "Tobias Wrenfield-Ade");
        assertSpeaker(extract(RALLY.replace("the union's secretary", "the union's chairwoman")),
                "\"We are not going back until the cranes are safe,\"", "the union's chairwoman");
    }

    private static final String SHAFT = """
            Six miners brought up alive at Korrel

            KORREL, Ostravia (Reuters) - Rescuers reached six miners trapped for two days at the Korrel colliery on Sunday.

            The rescue team's commander said the last of them was lifted out at dawn and that all six could walk. His name \
            is Ruben Aldous-Kwame, and he has led the team since 2039.

            The mine's owner, Korrel Coal, said production would stay halted for a week.
            """;

    /** Round 60: the body's role may open the sentence ("The rescue team's commander said A. His name is X"). */
    @Test
    void aBodysUnnamedRoleOpeningTheSentenceIsThePerson() {
        assertSpeaker(extract(SHAFT), "the last of them was lifted out at dawn and that all six could walk",
                "Ruben Aldous-Kwame");
    }
}
