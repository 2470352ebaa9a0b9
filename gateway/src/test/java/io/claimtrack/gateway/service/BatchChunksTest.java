package io.claimtrack.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchChunksTest {

    @Test
    void longBatchesGoInChunksOfTheMostAndShortOnesAreSpreadOverTheWorkers() {
        assertEquals(List.of(20, 20, 20, 20, 20), sizes(100, 20, 4));
        assertEquals(List.of(13, 13, 13, 11), sizes(50, 20, 4));
        assertEquals(List.of(2, 2, 2, 2), sizes(8, 20, 4));
        assertEquals(List.of(2, 2, 1), sizes(5, 20, 4));
        assertEquals(List.of(1), sizes(1, 20, 4));
        assertEquals(List.of(), sizes(0, 20, 4));
    }

    @Test
    void chunksKeepTheLinesInOrder() {
        List<BatchIngest.Line> lines = IntStream.rangeClosed(1, 7).mapToObj(n -> new BatchIngest.Line(n, "{}")).toList();
        assertEquals(lines, BatchIngest.chunks(lines, 3, 1).stream().flatMap(List::stream).toList());
    }

    private static List<Integer> sizes(int lines, int maxSize, int workers) {
        List<BatchIngest.Line> all = IntStream.rangeClosed(1, lines).mapToObj(n -> new BatchIngest.Line(n, "{}")).toList();
        return BatchIngest.chunks(all, maxSize, workers).stream().map(List::size).toList();
    }
}
