from django.conf import settings
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from osce_site import cache


class NewsPaginator(Paginator):
    """The newsroom's paginator.

    - The result count is cached with the facet counts of the same selection (osce_site.cache).
    - A page past the middle is read from the other end of the ordering (`reverse()`), so the
      database never skips tens of thousands of rows: the last page costs what the first does.
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
        if bottom > self.count // 2:
            items = list(self.object_list.reverse()[self.count - top : self.count - bottom])
            items.reverse()
            return self._get_page(items, number, self)
        return self._get_page(self.object_list[bottom:top], number, self)
