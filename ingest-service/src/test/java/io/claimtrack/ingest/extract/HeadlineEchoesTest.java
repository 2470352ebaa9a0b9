package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A deck's description that fits no title the story gives is the person whose words it sums up (issue 10, class 1). */
class HeadlineEchoesTest {

    /**
     * "CEO says timetable 'back to normal by April'" over "The timetable will be back to normal by April," Chief
     * Executive Ingrid Dahl said: the chief executive, not the harbour master who repeats "by April" alone.
     */
    @Test
    void aDecksDescriptionIsThePersonWhoseWordsItSumsUp() {
        String story = """
                Nordfjord Ferries cuts winter sailings to the islands

                CEO says timetable 'back to normal by April'

                By Kari Lund

                BERGVIK — Nordfjord Ferries will run two sailings a day instead of five from January, the company said \
                on Monday.

                "We are short of crew, and we will not sail without a full crew," Chief Executive Ingrid Dahl said. "The \
                timetable will be back to normal by April."

                Harbour master Per Olsen said the cut would leave the islands without an evening boat until the spring.

                "People here have heard 'by April' before," Olsen said.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Ingrid Dahl", statement(doc, "timetable 'back to normal by April'").speaker);
    }

    /**
     * "Observers say vote was 'calm but unfair'" over "An observer mission from the Council for Fair Elections said ...
     * 'calm but unfair'": a headline's plural description may sum up a body of such people, named in its description.
     */
    @Test
    void aDecksPluralDescriptionIsTheBodyWhoseWordsItSumsUp() {
        String story = """
                Ruling party wins Tarsland vote

                Observers say vote was "calm but unfair"

                By Ola Birk

                VELT, May 3 (Tellus) - Tarsland's ruling Unity Party won a majority in Sunday's election, the election \
                commission said.

                An observer mission from the Council for Fair Elections said in a statement that voting had been "calm \
                but unfair," citing the ruling party's hold on television.

                Freedom Front leader Mira Holt said her alliance would not recognise the result.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("An observer mission from the Council for Fair Elections", statement(doc, "vote was \"calm but unfair\"").speaker);
    }

    /** "Scientists say" over a report whose maker the text names: the department speaks through its report, as no scientists. */
    @Test
    void aDecksPluralDescriptionIsNoBodyWhoseReportItSumsUp() {
        String story = """
                Road salt is turning Lake Orvin brackish

                Salt levels have tripled since 1990, scientists say

                By Ola Birk

                The report, by the state Office of Water Quality, found that salt levels have tripled since 1990.

                "The lake is changing fast," said Ivo Marsh, a chemist who was not involved in the study.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("scientists", statement(doc, "Salt levels have tripled since 1990").speaker);
    }

    /**
     * A wire's deck bullets are headline lines too: "- Norrland CEO says board will 'listen to every owner' seated"
     * over the chief executive's "would "listen to every owner the meeting has seated"", and "* Smaller rival
     * 'relieved' - CEO" over the rival's chief executive, not the other company's.
     */
    @Test
    void aWireDecksBulletIsThePersonWhoseWordsItSumsUp() {
        String story = """
                Rebel Fund Takes Two Seats on Norrland Ferries Board

                - Holders back Brask Capital nominees
                - Norrland CEO says board will 'listen to every owner' seated

                By Lis Orr

                (Bloomberg) -- Brask Capital won two seats on the board of Norrland Ferries AB at the annual meeting on \
                Friday, according to a count by the meeting's inspector.

                "Owners have spoken," Brask's founder, Ulf Brask, said in a statement.

                Norrland Chief Executive Officer Mette Sand told reporters that the board would "listen to every owner \
                the meeting has seated" and that the fleet order would stand.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Mette Sand", statement(doc, "board will 'listen to every owner' seated").speaker);

        String dash = """
                Court clears Morrow Tools in grinder patent fight

                * Smaller rival 'relieved' - CEO

                By Ana Pell

                KESTON, May 3 (Reuters) - A court on Monday dismissed a patent claim against Morrow Tools brought by the \
                larger Varden Group.

                Varden's chief executive, Olga Brenn, told analysts the company would appeal the ruling.

                Morrow Tools welcomed the ruling. Its chief executive, Ivo Stannard, said the company felt "relieved" that a \
                smaller rival could win in court.
                """;
        doc = Pipeline.through(ResolutionStage.class, dash);
        assertEquals("Ivo Stannard", statement(doc, "Smaller rival 'relieved'").speaker);
    }
    /**
     * Round 57 (bgleft): "Parents of girl on closed route say ..." over "The parents of the girl, Ottilie and Bram Veen,
     * told the Courier ...": a deck's plural sums up the pair the story names as the group, once the pair is read
     * (two people named, not one of them); "a lawyer says ..." over a council member's longer sentence holding the same
     * words stays the lawyer's own.
     */
    @Test
    void aDecksPluralIsThePairTheStoryNamesAsItsGroup() {
        String story = """
                School bus route cut without notice

                Parents of girl on closed route say she was left waiting in the snow for an hour

                By Maren Stock

                The Hollin Falls school district dropped its Birch Road bus stop on Monday without telling families, a \
                district spokesman said.

                The parents of the girl, Ottilie and Bram Veen, told the Courier she was left waiting in \
                the snow for an hour before a neighbour drove her home.

                "She was crying when she came in," Ottilie Veen said.
                """;
        AnnotatedDocument doc = Pipeline.extract(story);
        assertEquals("Ottilie Veen and Bram Veen", statement(doc, "she was left waiting in the snow for an hour").speaker);
    }

    /**
     * Round 57 (bgleft): "mill's former owner says he had no choice" over "He told the Herald he had no choice": a deck's
     * whole unquoted content said again as a whole below is that speaker's; a longer statement that merely holds the
     * words ("she would ask for the release of the harbour survey within a week") is no repetition.
     */
    @Test
    void aDecksWholeContentSaidAgainBelowIsThatSpeakers() {
        String story = """
                Council approves flats on old mill site

                1890 mill's former owner says he had no choice; neighbours demand release of the harbour survey

                By Edda Larsen

                Council voted 6-3 on Tuesday to let Falkner Homes build 120 flats on the site of the Tolland Mill.

                Ruben Oksanen-Hale, whose family ran the mill for four generations until he sold it in 2036, watched from \
                the gallery. He told the Herald he had no choice. "The roof was falling in," Oksanen-Hale said.

                Councillor Britt Amadou said she would ask for the release of the harbour survey within a week.
                """;
        AnnotatedDocument doc = Pipeline.extract(story);
        assertEquals("Ruben Oksanen-Hale", statement(doc, "he had no choice").speaker);
        assertEquals("neighbours", statement(doc, "release of the harbour survey").speaker);
    }

    /**
     * Round 60 (older): "critics call deal 'a blank cheque'" over one board member's "a blank cheque for a building
     * nobody asked for": a label a deck's plural puts on a thing stays the open group's (the conventions); a plural's
     * quoted sentence ("officials warn 'we will not sail'") is still the one person's who said it below.
     */
    @Test
    void aLabelADecksPluralPutsOnAThingStaysTheGroups() {
        String story = """
                Board approves $90M plan to rebuild the Kelso ferry terminal

                Harbour chief says work will start in spring; critics call deal 'a blank cheque'

                By Anna Pelletier-Voss, Kelso Tribune

                KELSO - The harbour board voted 5-2 on Monday to rebuild the ferry terminal at a cost of $90 million.

                Harbour chief Oswin Tarrant-Bele said work would start in the spring and finish within two years.

                Board member Greta Lindqvist-Amoah called the deal "a blank cheque for a building nobody asked for."
                """;
        assertEquals("critics", statement(Pipeline.extract(story), "deal 'a blank cheque'").speaker);
        String councillor = story.replace("Board member Greta Lindqvist-Amoah called the deal",
                "Councilman Greta Lindqvist-Amoah, who voted no, called the deal");
        assertEquals("critics", statement(Pipeline.extract(councillor), "deal 'a blank cheque'").speaker);
        String warned = """
                Storm closes Kelso ferry for a third day; officials warn 'we will not sail'

                By Anna Pelletier-Voss, Kelso Tribune

                KELSO - The Kelso ferry stayed in port on Wednesday as gusts reached 90 km/h.

                "The crews are ready, but the sea is not. We will not sail," said Harbour chief Oswin Tarrant-Bele.
                """;
        assertEquals("Oswin Tarrant-Bele", statement(Pipeline.extract(warned), "'we will not sail'").speaker);
    }
}
