from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core import languages
from core.forms import (
    FollowsRenamesMixin,
    SlugChoiceField,
    SlugMultipleChoiceField,
    reject_control_characters,
)
from core.workflow import FIRST_YEAR, LAST_YEAR
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from . import search
from .models import Publication, PublicationFile
from .validation import check_pdf


class LibraryFilterForm(FollowsRenamesMixin, forms.Form):
    """The library's filters, read from the query string: every view of it is a link, with the
    newsroom's grammar (news.forms.NewsFilterForm): `field` and `source` may repeat (any of
    them matches); the others take one value."""

    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *Publication.Type.choices],
        error_messages={"invalid_choice": _("There is no type of publication by that name.")},
    )
    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )
    source = SlugMultipleChoiceField(
        Structure.objects.all(),
        label=_("Issued by"),
        error_messages={"invalid_choice": _("There is no source “%(value)s”.")},
    )
    country = SlugChoiceField(
        ParticipatingState.objects.all(),
        label=_("Country"),
        error_messages={
            "invalid_choice": _("There is no participating State or Partner by that name.")
        },
    )
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    language = forms.ChoiceField(
        label=_("File language"),
        required=False,
        choices=[("", _("Any language")), *settings.LANGUAGES],
        error_messages={"invalid_choice": _("There is no language by that name.")},
    )
    q = forms.CharField(
        label=_("Search the library"),
        required=False,
        max_length=200,
        validators=[reject_control_characters],
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The language of the page: the names of the chosen fields, sources and State in it.
        self.language = language or languages.active()
        for name in ("field", "source", "country"):
            queryset = self.fields[name].queryset
            self.fields[name].queryset = queryset.with_translations(self.language)

    def filter(self, publications, *, exclude=None):
        """`publications` with every filter but `exclude` (a facet counted) applied (the form
        must be valid)."""
        data = dict(self.cleaned_data)
        if exclude is not None:
            data[exclude] = None
        if data["type"]:
            publications = publications.filter(type=data["type"])
        if data["field"]:
            publications = publications.in_field(*data["field"])
        if data["source"]:
            publications = publications.from_source(*data["source"])
        if data["country"]:
            publications = publications.in_state(data["country"])
        if data["year"]:
            publications = publications.filter(published_on__year=data["year"])
        if data["language"]:
            publications = publications.with_file_in(data["language"])
        if data["q"]:
            # In the page's texts and inside the files (publications.search).
            publications = search.matching(publications, data["q"], languages.active())
        return publications

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)

    def current_values(self):
        """The valid filters as query-string values, to fill the form in again; {} if invalid
        (raw input is never echoed back)."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "type": data["type"],
            "field": [field.slug for field in data["field"]],
            "source": [source.slug for source in data["source"]],
            "country": data["country"].slug if data["country"] else "",
            "year": data["year"] or "",
            "language": data["language"],
            "q": data["q"],
        }

    def query_string(self):
        """This selection as a query string ("" for none): the valid filters only, repeated
        ones in the order given (for the feeds' links)."""
        query = QueryDict(mutable=True)
        for name, value in self.current_values().items():
            if name in ("field", "source"):
                query.setlist(name, self.data.getlist(name))
            elif value:
                query[name] = str(value)
        return query.urlencode()


class PublicationFileForm(forms.ModelForm):
    """A publication's file in one language: the upload is checked (publications.validation)
    and its size, page count and name recorded. A saved file's language is what it is (its
    search document is built in that language's configuration), as a translation's is
    (core.admin.TranslationForm): a file in another language is added, not relabelled."""

    class Meta:
        model = PublicationFile
        fields = ["language", "file"]
        widgets = {"file": forms.ClearableFileInput(attrs={"accept": "application/pdf"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "language" in self.fields:
            self.fields["language"].disabled = True

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if (
            upload
            and upload is not getattr(self.instance, "file", None)
            and hasattr(upload, "content_type")
        ):
            self.pdf_info = check_pdf(upload)
        return upload

    def save(self, commit=True):
        instance = super().save(commit=False)
        info = getattr(self, "pdf_info", None)
        if info is not None:
            instance.size = info.size
            instance.page_count = info.page_count
            instance.original_name = self.cleaned_data["file"].name[:255]
        if commit:
            instance.save()
        return instance
