package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {

  @Test
  void aFinishedPageIsUnreachableWhileTheNextIsFetched() {
    List<WeakReference<List<String>>> pages = new ArrayList<>();
    List<Boolean> previousPageCollected = new ArrayList<>();
    Paginator.PageFetcher<String> fetcher =
        (page, perPage) -> {
          if (page > 1) {
            System.gc();
            previousPageCollected.add(pages.get(page - 2).get() == null);
          }
          List<String> items =
              IntStream.range(0, (page < 4) ? perPage : 3)
                  .mapToObj(i -> page + "/" + i)
                  .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
          pages.add(new WeakReference<>(items));
          return items;
        };

    long count = Paginator.stream(fetcher, 1, 100).count();

    assertThat(count).isEqualTo(303);
    assertThat(previousPageCollected).containsExactly(true, true, true);
  }

  @Test
  void fetchesOnlyThePagesConsumed() {
    List<Integer> fetched = new ArrayList<>();
    Paginator.PageFetcher<Integer> fetcher =
        (page, perPage) -> {
          fetched.add(page);
          return IntStream.range(0, perPage).boxed().toList();
        };

    assertThat(Paginator.stream(fetcher, 1, 10).limit(15).count()).isEqualTo(15);
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void aShortFirstPageDoesNotEndTheStreamButAShorterLaterPageDoes() {
    List<Integer> fetched = new ArrayList<>();
    Paginator.PageFetcher<Integer> cappedAtFour =
        (page, perPage) -> {
          fetched.add(page);
          return IntStream.range(0, (page < 3) ? 4 : 1).boxed().toList();
        };

    assertThat(Paginator.stream(cappedAtFour, 1, 10).count()).isEqualTo(9);
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void anEmptyPageEndsTheStream() {
    List<Integer> fetched = new ArrayList<>();
    Paginator.PageFetcher<Integer> twoShortPages =
        (page, perPage) -> {
          fetched.add(page);
          return IntStream.range(0, (page < 3) ? 4 : 0).boxed().toList();
        };

    assertThat(Paginator.stream(twoShortPages, 1, 10).count()).isEqualTo(8);
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void aPageShorterThanTheRequestedSizeEndsTheStreamAfterAFullPage() {
    List<Integer> fetched = new ArrayList<>();
    Paginator.PageFetcher<Integer> fullThenShort =
        (page, perPage) -> {
          fetched.add(page);
          return IntStream.range(0, (page == 1) ? perPage : perPage - 1).boxed().toList();
        };

    assertThat(Paginator.stream(fullThenShort, 1, 10).count()).isEqualTo(19);
    assertThat(fetched).containsExactly(1, 2);
  }
}
