import type {QuestionPage} from '../../engine/definition.js';
import {contactPreference, optionsFrom} from '../../sdm/code-lists.js';

/**
 * Pages several services ask the same way: the person's name, and how to
 * contact them. Each service puts them in its own list of pages.
 */
export const namePage: QuestionPage = {
  id: 'your-name',
  title: {en: 'What is your name?', cy: 'Beth yw eich enw?'},
  questions: [
    {
      id: 'givenName',
      kind: 'text',
      label: {en: 'First name', cy: 'Enw cyntaf'},
      autocomplete: 'given-name',
      required: true,
      requiredMessage: {en: 'Enter your first name', cy: 'Rhowch eich enw cyntaf'},
    },
    {
      id: 'familyName',
      kind: 'text',
      label: {en: 'Last name', cy: 'Cyfenw'},
      autocomplete: 'family-name',
      required: true,
      requiredMessage: {en: 'Enter your last name', cy: 'Rhowch eich cyfenw'},
    },
  ],
};

/**
 * How the person would like us to contact them, and the email address or
 * telephone number it needs. `post` offers contact by post too: only for a
 * form that asks the person's postal address (the crime report asks their home
 * address), since post needs nothing more from this page.
 */
export function contactPageOffering({post}: {post: boolean}): QuestionPage {
  return {
    id: 'contact',
    title: {en: 'How can we contact you?', cy: 'Sut gallwn ni gysylltu â chi?'},
    questions: [
      {
        id: 'contactPreference',
        kind: 'radios',
        label: {en: 'How would you like us to contact you?', cy: 'Sut hoffech i ni gysylltu â chi?'},
        summaryLabel: {en: 'Contact by', cy: 'Cysylltu drwy'},
        required: true,
        requiredMessage: {
          en: 'Select how you would like us to contact you',
          cy: 'Dewiswch sut hoffech i ni gysylltu â chi',
        },
        options: optionsFrom(contactPreference).filter(
          (option) => post || option.value !== contactPreference.post.code,
        ),
      },
      {
        id: 'email',
        kind: 'email',
        label: {en: 'Email address', cy: 'Cyfeiriad e-bost'},
        autocomplete: 'email',
        required: true,
        requiredMessage: {en: 'Enter your email address', cy: 'Rhowch eich cyfeiriad e-bost'},
        when: {question: 'contactPreference', equals: contactPreference.email.code},
      },
      {
        id: 'telephone',
        kind: 'tel',
        label: {en: 'Telephone number', cy: 'Rhif ffôn'},
        autocomplete: 'tel',
        required: true,
        requiredMessage: {en: 'Enter your telephone number', cy: 'Rhowch eich rhif ffôn'},
        when: {question: 'contactPreference', equals: contactPreference.telephone.code},
      },
    ],
  };
}

/** The contact page by email or telephone, for the forms that do not ask a postal address. */
export const contactPage: QuestionPage = contactPageOffering({post: false});
