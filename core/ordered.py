"""Many-to-many relations kept in the order editors give them (a press release's places, the
first of which is its dateline's; its fields of work, as the release lists them).

`OrderedManyToManyField` is a ManyToManyField through a model of the app's own, whose rows (the
links) have a `position`. Its foreign key to the related model needs a related name, which the
ordering reads through. Then, for the forward side of the relation:

- reading: `obj.relation.all()` and every prefetch of the relation (with a queryset or without)
  come in that order, so that forms, lists, feeds and revisions all see the same one;
- writing: `set()` numbers the links in the order given (a ModelForm's save, a revision restored,
  the seed commands all go through it), `add()` puts what it adds after the links there are.
  A link that moves is saved (post_save); changing only the order sends no `m2m_changed`, as
  nothing is added or removed.
- forms: the form field's value is the chosen objects in the order they were posted, a list,
  and only the order changing is a change (`has_changed`). The admin's autocomplete widget shows
  the chosen options in that order (core.admin), marked `data-ordered`, for the admin's
  script (static/js/ordered-choices.js) that moves an option chosen again to the end.

A revision must follow the links to keep the order: `core.admin.GuardedVersionAdmin` registers
them with django-reversion and restores them on a revert (`versioned_order()` reads them).
"""

from functools import cache

from django.core import checks
from django.db import models, router, transaction
from django.db.models.fields.related_descriptors import ManyToManyDescriptor
from django.forms.models import ModelMultipleChoiceField
from django.utils.functional import cached_property

POSITION = "position"


class OrderedManyToManyField(models.ManyToManyField):
    """A ManyToManyField whose links keep the order they were given in (see the module)."""

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        setattr(cls, self.name, OrderedManyToManyDescriptor(self.remote_field, reverse=False))

    def check(self, **kwargs):
        return [*super().check(**kwargs), *self._check_links()]

    def _check_links(self):
        through = self.remote_field.through
        if isinstance(through, str) or through._meta.auto_created:
            return [
                checks.Error(
                    "An ordered many-to-many relation needs a `through` model with a position.",
                    obj=self,
                    id="core.E101",
                )
            ]
        target = through._meta.get_field(self.m2m_reverse_field_name())
        if POSITION not in {field.name for field in through._meta.get_fields()}:
            return [
                checks.Error(f"{through.__name__} has no `{POSITION}`.", obj=self, id="core.E102")
            ]
        if target.remote_field.hidden:
            return [
                checks.Error(
                    f"{through.__name__}.{target.name} needs a related name the ordering reads "
                    "through.",
                    obj=self,
                    id="core.E103",
                )
            ]
        return []

    @property
    def links_name(self):
        """The name of the links of an object of the model (a reverse relation of it)."""
        own = self.remote_field.through._meta.get_field(self.m2m_field_name())
        return own.remote_field.get_accessor_name()

    @property
    def link_ordering(self):
        """How the related model's rows are ordered: by their link's position."""
        target = self.remote_field.through._meta.get_field(self.m2m_reverse_field_name())
        links = target.related_query_name()
        return [f"{links}__{POSITION}", f"{links}__pk"]

    def formfield(self, **kwargs):
        form_class = kwargs.pop("form_class", ModelMultipleChoiceField)
        field = super().formfield(form_class=in_posted_order(form_class), **kwargs)
        field.widget.attrs["data-ordered"] = ""
        return field


def ordered_relations(model):
    """The model's ordered many-to-many fields."""
    return [
        field for field in model._meta.many_to_many if isinstance(field, OrderedManyToManyField)
    ]


class OrderedManyToManyDescriptor(ManyToManyDescriptor):
    """Django's, whose manager on the forward side keeps the order (the reverse side's, e.g. a
    place's releases, is Django's own)."""

    @cached_property
    def related_manager_cls(self):
        manager_class = super().related_manager_cls
        if self.reverse:
            return manager_class
        return ordered_manager(manager_class, self.field)


def ordered_manager(manager_class, field):
    ordering = field.link_ordering

    class OrderedRelatedManager(manager_class):
        def get_queryset(self):
            if self.get_prefetch_cache() is not None:
                return super().get_queryset()  # prefetched, in order
            return super().get_queryset().order_by(*ordering)

        def get_prefetch_querysets(self, instances, querysets=None):
            queryset, *rest = super().get_prefetch_querysets(instances, querysets)
            # Ordered along the join to the links that the prefetch filters on (the same join).
            return (queryset.order_by(*ordering), *rest)

        def set_base(self, objs, *, clear=False, through_defaults=None, raw=False):
            objs = tuple(objs)
            with transaction.atomic(using=self._db_for_write(), savepoint=False):
                super().set_base(objs, clear=clear, through_defaults=through_defaults, raw=raw)
                self._number(objs)

        def add(self, *objs, through_defaults=None):
            with transaction.atomic(using=self._db_for_write(), savepoint=False):
                there = list(self._links().order_by(POSITION, "pk"))
                super().add(*objs, through_defaults=through_defaults)
                targets = [getattr(link, self.target_field.attname) for link in there]
                self._number([*targets, *objs])

        add.alters_data = True

        def _db_for_write(self):
            return router.db_for_write(self.through, instance=self.instance)

        def _links(self):
            manager = self.through._base_manager.using(self._db_for_write())
            return manager.filter(**{self.source_field_name: self.related_val[0]})

        def _target_value(self, obj):
            if isinstance(obj, self.model):
                return self.target_field.get_foreign_related_value(obj)[0]
            return self.target_field.get_prep_value(obj)

        def _number(self, objs):
            """Give the links their positions in the order of `objs` (objects or keys).

            Each link that moves is saved on its own (there are a few), with its signals: a
            revision under way takes it again as it is now (django-reversion records a link
            when it is added, before it has its position)."""
            order = list(dict.fromkeys(self._target_value(obj) for obj in objs))
            links = {getattr(link, self.target_field.attname): link for link in self._links()}
            for position, target in enumerate(order):
                link = links.get(target)
                if link is not None and getattr(link, POSITION) != position:
                    setattr(link, POSITION, position)
                    link.save(update_fields=[POSITION], using=self._db_for_write())

    return OrderedRelatedManager


class PostedOrderMixin:
    """For a ModelMultipleChoiceField: its value is the chosen objects in the order they were
    posted (a list), and a change of order alone is a change."""

    def clean(self, value):
        chosen = super().clean(value)
        first = {}
        for index, each in enumerate(value or ()):
            first.setdefault(str(each), index)
        key = self.to_field_name or "pk"
        return sorted(chosen, key=lambda obj: first.get(str(getattr(obj, key)), len(first)))

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        initial = [str(value) for value in self.prepare_value(initial or [])]
        data = list(dict.fromkeys(str(value) for value in data or []))
        return initial != data


@cache
def in_posted_order(form_class):
    """`form_class` (a ModelMultipleChoiceField) keeping the posted order."""
    if issubclass(form_class, PostedOrderMixin):
        return form_class
    return type(f"Ordered{form_class.__name__}", (PostedOrderMixin, form_class), {})


def versioned_order(version, field):
    """The keys `version` (django-reversion's, of an object) links its object to through the
    ordered relation `field`, in order: from the versions of the links in its revision, or from
    the object's own data for a version saved before the relation was ordered."""
    through = field.remote_field.through
    own = through._meta.get_field(field.m2m_field_name()).attname
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    links = [
        each._local_field_dict
        for each in version.revision.version_set.all()
        if each._model is through
    ]
    links = [link for link in links if str(link[own]) == str(version.object_id)]
    if not links:
        return list(version._local_field_dict.get(field.attname, []))
    key = through._meta.pk.attname
    links.sort(key=lambda link: (link[POSITION], link[key]))
    return [link[target] for link in links]
