import 'reflect-metadata';
import { runSubgraphMain } from '@par/platform';
import { publicFinance } from './subgraph';

runSubgraphMain(publicFinance);
