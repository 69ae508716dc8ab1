import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../lists/list-query';

const pages = new Map<Function, Type<Page<unknown>>>();

/** The response class of a list of `item`s (`{items, nextCursor}`), named `<Item>Page`. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  let page = pages.get(item);
  if (!page) {
    class ItemPage {
      items: T[];
      nextCursor: string | null;
    }
    ApiProperty({ type: () => item, isArray: true })(ItemPage.prototype, 'items');
    ApiProperty({
      type: 'string',
      nullable: true,
      description: 'Send as `cursor` to get the next page; `null` on the last page.',
    })(ItemPage.prototype, 'nextCursor');
    Object.defineProperty(ItemPage, 'name', { value: `${item.name}Page` });
    page = ItemPage;
    pages.set(item, page);
  }
  return page as Type<Page<T>>;
}
