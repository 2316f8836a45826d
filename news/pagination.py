from django.conf import settings
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core import cache


class NewsPaginator(Paginator):
    """The newsroom's paginator.

    - The result count is cached with the facet counts of the same selection (core.cache).
    - A page is read in two steps: the ids of its rows (which the index answers alone, however
      far into the results), then just those rows with their relations and annotations.
    - A page past the middle reads its ids from the other end of the ordering (`reverse()`), so
      the database never skips more than half the results: the last page costs what the first
      does.
    """

    def __init__(self, object_list, per_page, *, selection=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.selection = selection

    @cached_property
    def count(self):
        if self.selection is None:
            return super().count
        return cache.remember(
            cache.NEWS,
            "count",
            self.selection,
            self.object_list.count,
            settings.NEWS_COUNTS_CACHE_SECONDS,
        )

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.object_list.values_list("pk", flat=True)
        if bottom > self.count // 2:
            ids = list(ids.reverse()[self.count - top : self.count - bottom])[::-1]
        else:
            ids = list(ids[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)} if ids else {}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
